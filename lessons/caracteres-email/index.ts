import type { LessonModule } from '../../src/kit/lesson';
import { CaracteresEmailView } from './CaracteresEmailView';
import { caracteresEmailMachine } from './machine';

const lesson: LessonModule<typeof caracteresEmailMachine> = { machine: caracteresEmailMachine, View: CaracteresEmailView };
export default lesson;
