import type { LessonModule } from '../../src/kit/lesson';
import { remplirUnFormulaireMachine } from './machine';
import { RemplirUnFormulaireView } from './RemplirUnFormulaireView';

const lesson: LessonModule<typeof remplirUnFormulaireMachine> = { machine: remplirUnFormulaireMachine, View: RemplirUnFormulaireView };
export default lesson;
