import type { LessonModule } from '../../src/kit/lesson';
import { doubleClicMachine } from './machine';
import { DoubleClicView } from './DoubleClicView';

const lesson: LessonModule<typeof doubleClicMachine> = { machine: doubleClicMachine, View: DoubleClicView };
export default lesson;
