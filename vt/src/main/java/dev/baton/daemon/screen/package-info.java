/**
 * A headless, allocation-free-on-the-hot-path VT/xterm screen model fed with raw PTY bytes.
 * Public surface: {@link dev.baton.daemon.screen.ScreenModel}, {@link dev.baton.daemon.screen.ScreenSnapshot}, {@link dev.baton.daemon.screen.ScreenListener}; everything else is package-private machinery.
 */
package dev.baton.daemon.screen;
