/**
 * The accessibility audit every browser test runs: axe-core (WCAG 2.0/2.1/2.2 A and AA plus enhanced contrast),
 * touch target size, minimum text size, and the conformance report written from the results.
 */
package care.clearconsent.accessibility;
