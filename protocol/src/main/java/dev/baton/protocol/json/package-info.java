/**
 * A small, dependency-free JSON reader/writer ({@link dev.baton.protocol.json.Json}) and the one mapping between
 * records and JSON objects ({@link dev.baton.protocol.json.RecordJson}); keeps the CLI's start-up fast. JDK only.
 */
package dev.baton.protocol.json;
