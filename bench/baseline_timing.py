"""The median of repeated runs, shared by the Python baselines of bench/run.ts."""
import time


def timed(body, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]
