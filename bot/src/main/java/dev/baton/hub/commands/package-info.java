/** The {@code /agent} command language: a tokenizer that respects quotes, sealed command records, and the parser with its help text. */
package dev.baton.hub.commands;
