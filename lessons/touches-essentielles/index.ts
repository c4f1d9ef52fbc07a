import type { LessonModule } from '../../src/kit/lesson';
import { touchesMachine } from './machine';
import { TouchesEssentiellesView } from './TouchesEssentiellesView';

const lesson: LessonModule<typeof touchesMachine> = { machine: touchesMachine, View: TouchesEssentiellesView };
export default lesson;
