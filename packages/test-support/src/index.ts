export { manualClock, memoryLogger, startFaultServer, type FaultServer, type RecordedRequest, type Step } from './fault-server.js';
export { resolveRef, sampleValue } from './spec.js';
export { ensureRedisServer, findFreePort, startRedisServer, type RedisServer } from './redis-server.js';
export { ensureDebianPackage } from './debian.js';
