import type { LessonModule } from '../../src/kit/lesson';
import { lettresMachine } from './machine';
import { LettresEtMotsView } from './LettresEtMotsView';

const lesson: LessonModule<typeof lettresMachine> = { machine: lettresMachine, View: LettresEtMotsView };
export default lesson;
