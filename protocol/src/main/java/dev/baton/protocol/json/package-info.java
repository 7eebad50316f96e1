/** A small, dependency-free JSON reader/writer for wire frames; keeps the CLI's start-up fast. JDK only. */
package dev.baton.protocol.json;
