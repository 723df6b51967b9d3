package org.p2poolj.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands the suite's {@link DemoNode} to {@code @BeforeAll} methods and tests that ask for it. */
final class DemoNodeExtension implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == DemoNode.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return DemoNode.get(c);
  }
}
