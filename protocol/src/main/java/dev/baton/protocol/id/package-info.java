/** Typed ids that validate in their constructor, so two ids never get swapped. JDK only. */
package dev.baton.protocol.id;
