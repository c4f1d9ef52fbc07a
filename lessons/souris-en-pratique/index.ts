import type { LessonModule } from '../../src/kit/lesson';
import { sourisEnPratiqueMachine } from './machine';
import { SourisEnPratiqueView } from './SourisEnPratiqueView';

const lesson: LessonModule<typeof sourisEnPratiqueMachine> = { machine: sourisEnPratiqueMachine, View: SourisEnPratiqueView };
export default lesson;
