import type { LessonModule } from '../../src/kit/lesson';
import { faireDefilerMachine } from './machine';
import { FaireDefilerView } from './FaireDefilerView';

const lesson: LessonModule<typeof faireDefilerMachine> = { machine: faireDefilerMachine, View: FaireDefilerView };
export default lesson;
