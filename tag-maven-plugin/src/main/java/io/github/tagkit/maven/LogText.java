package io.github.tagkit.maven;

import io.github.tagkit.validator.LogLines;
import org.apache.maven.plugin.logging.Log;

/**
 * What the goals print, made safe for the readers of a build log: in a GitHub Actions log a line
 * that starts with {@code ::} is a workflow command ({@code ::stop-commands::}, {@code ::error}),
 * and metadata comes from pull requests by anyone. Line breaks tagkit writes (a diff, a list) stay,
 * but a line after one that would start with {@code ::} gets a backslash before it; a carriage
 * return and every other control character or line separator in the text (but a tab) is written as
 * an escape ({@code \r}, {@code \u2028}), so no value can start a line of its own.
 */
final class LogText {
  private LogText() {}

  /** {@code text} as a log may print it; see {@link LogLines#safe}. */
  static String safe(CharSequence text) {
    return LogLines.safe(text);
  }

  /** {@code log}, printing every message through {@link #safe}. */
  static Log of(Log log) {
    return log instanceof Safe ? log : new Safe(log);
  }

  private record Safe(Log log) implements Log {
    @Override
    public boolean isDebugEnabled() {
      return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
      log.debug(safe(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
      log.debug(safe(content), error);
    }

    @Override
    public void debug(Throwable error) {
      log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
      return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
      log.info(safe(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
      log.info(safe(content), error);
    }

    @Override
    public void info(Throwable error) {
      log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
      return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
      log.warn(safe(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
      log.warn(safe(content), error);
    }

    @Override
    public void warn(Throwable error) {
      log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
      return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
      log.error(safe(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
      log.error(safe(content), error);
    }

    @Override
    public void error(Throwable error) {
      log.error(error);
    }
  }
}
