export { findApi, listApis, type MockableApi } from './manifest.js';
export { MockStartError, startMocks, type MockFleet, type RunningMock, type StartMocksOptions } from './mocks.js';
export { assertPortFree, findFreePort, PortInUseError } from './ports.js';
export { PrismExitedError, startPrism, type PrismOptions, type RunningPrism } from './prism.js';
