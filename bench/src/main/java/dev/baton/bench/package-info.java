/** Benchmark harnesses run by {@code bench/run}; not part of the product. May depend on any module. */
package dev.baton.bench;
