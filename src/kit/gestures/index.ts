export * from './geometry';
export * from './tolerances';
export * from './doubleClick';
export * from './press';
export * from './drop';
