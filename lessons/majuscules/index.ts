import type { LessonModule } from '../../src/kit/lesson';
import { majusculesMachine } from './machine';
import { MajusculesView } from './MajusculesView';

const lesson: LessonModule<typeof majusculesMachine> = { machine: majusculesMachine, View: MajusculesView };
export default lesson;
