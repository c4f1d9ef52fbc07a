import type { LessonModule } from '../../src/kit/lesson';
import { GlisserDeposerView } from './GlisserDeposerView';
import { glisserDeposerMachine } from './machine';

const lesson: LessonModule<typeof glisserDeposerMachine> = { machine: glisserDeposerMachine, View: GlisserDeposerView };
export default lesson;
