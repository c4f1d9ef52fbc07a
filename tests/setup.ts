import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Lessons and their texts load lazily; on a busy 2-core CI machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });
