/**
 * Typed configuration: TOML loading with validation errors that name the file, the key, the problem and a
 * valid example; secrets by reference; runtime-root resolution. Depends on Jackson's TOML reader only.
 */
package dev.baton.config;
