/** Real-browser tests of the dashboard: headless Debian Chromium driven by Playwright. */
package org.p2poolj.web.browser;
