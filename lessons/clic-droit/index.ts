import type { LessonModule } from '../../src/kit/lesson';
import { ClicDroitView } from './ClicDroitView';
import { clicDroitMachine } from './machine';

const lesson: LessonModule<typeof clicDroitMachine> = { machine: clicDroitMachine, View: ClicDroitView };
export default lesson;
