/**
 * Attention detection from the rendered screen: per-vendor prompt profiles (data files under
 * {@code resources/dev/baton/daemon/attention}) matched against the screen lines.
 */
package dev.baton.daemon.attention;
