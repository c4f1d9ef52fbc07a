import type { LessonModule } from '../../src/kit/lesson';
import { ChiffresView } from './ChiffresView';
import { chiffresMachine } from './machine';

const lesson: LessonModule<typeof chiffresMachine> = { machine: chiffresMachine, View: ChiffresView };
export default lesson;
