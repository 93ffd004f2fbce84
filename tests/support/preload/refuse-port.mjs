// A `node --import` preload that makes listening on some ports fail with EACCES, as Windows does for the port ranges
// it reserves (Hyper-V, WSL): SPEECHDECK_TEST_REFUSED_PORT is a port number, or `all` for every port.
import net from 'node:net';

const refused = process.env.SPEECHDECK_TEST_REFUSED_PORT;
const listen = net.Server.prototype.listen;

/** @this {net.Server} @param {any[]} args */
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  const port = typeof first === 'object' && first !== null ? first.port : first;
  if (refused === 'all' || (port !== undefined && String(port) === refused)) {
    const error = Object.assign(new Error(`listen EACCES: permission denied 127.0.0.1:${port}`), {
      code: 'EACCES',
      errno: -13,
      syscall: 'listen',
      port,
    });
    process.nextTick(() => this.emit('error', error));
    return this;
  }
  return listen.apply(this, /** @type {Parameters<typeof listen>} */ (args));
};
