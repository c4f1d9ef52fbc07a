import type { LessonModule } from '../../src/kit/lesson';
import { accentsMachine } from './machine';
import { AccentsView } from './AccentsView';

const lesson: LessonModule<typeof accentsMachine> = { machine: accentsMachine, View: AccentsView };
export default lesson;
