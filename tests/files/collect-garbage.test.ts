import v8 from 'v8';
import vm from 'vm';

function heapOf(bytes: number): v8.HeapInfo {
  return { ...v8.getHeapStatistics(), used_heap_size: bytes };
}

describe('collectLargeHeap', () => {
  afterEach(() => jest.restoreAllMocks());

  it('collects when the heap holds more than 1.3 GB, and only then', () => {
    const gc = jest.fn();
    jest.spyOn(vm, 'runInNewContext').mockReturnValue(gc);
    const heap = jest.spyOn(v8, 'getHeapStatistics');
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { collectLargeHeap } = require('../../src/files/collect-garbage') as typeof import('../../src/files/collect-garbage');
      heap.mockReturnValue(heapOf(200e6));
      collectLargeHeap();
      expect(gc).not.toHaveBeenCalled();
      heap.mockReturnValue(heapOf(1.5e9));
      collectLargeHeap();
      collectLargeHeap();
      expect(gc).toHaveBeenCalledTimes(2);
    });
  });

  it('does nothing where V8’s gc cannot be reached', () => {
    jest.spyOn(vm, 'runInNewContext').mockImplementation(() => {
      throw new ReferenceError('gc is not defined');
    });
    jest.spyOn(v8, 'getHeapStatistics').mockReturnValue(heapOf(1.5e9));
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { collectLargeHeap } = require('../../src/files/collect-garbage') as typeof import('../../src/files/collect-garbage');
      expect(() => collectLargeHeap()).not.toThrow();
    });
  });
});
