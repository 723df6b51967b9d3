package org.p2poolj.daemon.template;

import org.p2poolj.coin.codec.ProtocolException;

/** A getblocktemplate answer with a missing or malformed field; the message names the field. */
public final class TemplateException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  public TemplateException(String field, String problem) {
    super("getblocktemplate field '" + field + "': " + problem);
  }

  public TemplateException(String field, String problem, Throwable cause) {
    super("getblocktemplate field '" + field + "': " + problem, cause);
  }
}
