// npm run build:kernel — compiles the scanner's WebAssembly kernel (src/text/kernel/*.as.ts, entry
// scan-kernel.as.ts) to scan-kernel.wasm beside it. The .wasm is committed; a test checks it is this build of the source.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const SOURCE = fileURLToPath(new URL('../src/text/kernel/scan-kernel.as.ts', import.meta.url));
export const KERNEL_FILE = fileURLToPath(new URL('../src/text/kernel/scan-kernel.wasm', import.meta.url));

/** The kernel's bytes, built in memory: no runtime or allocator, the host's memory, no abort import. */
export async function buildKernel(): Promise<Uint8Array> {
  let binary: Uint8Array | undefined;
  const result = await asc.main(
    [
      SOURCE,
      '--outFile',
      'scan-kernel.wasm',
      '--optimizeLevel',
      '3',
      '--shrinkLevel',
      '0',
      '--runtime',
      'stub',
      '--noAssert',
      '--importMemory',
      '--initialMemory',
      '1',
      '--use',
      'abort=',
    ],
    {
      writeFile(name, contents) {
        if (name.endsWith('.wasm') && typeof contents !== 'string') binary = contents;
      },
    },
  );
  if (result.error || !binary) throw new Error(`scan kernel build failed: ${result.stderr.toString()}`);
  return binary;
}

if (import.meta.main) {
  const binary = await buildKernel();
  writeFileSync(KERNEL_FILE, binary);
  process.stdout.write(`${KERNEL_FILE}: ${binary.length} bytes\n`);
}
