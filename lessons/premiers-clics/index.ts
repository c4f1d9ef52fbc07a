import type { LessonModule } from '../../src/kit/lesson';
import { premiersClicsMachine } from './machine';
import { PremiersClicsView } from './PremiersClicsView';

const lesson: LessonModule<typeof premiersClicsMachine> = { machine: premiersClicsMachine, View: PremiersClicsView };
export default lesson;
