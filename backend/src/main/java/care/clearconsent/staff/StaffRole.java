package care.clearconsent.staff;

/** Roles staff sign in with; views name them in {@code @RolesAllowed}. */
public final class StaffRole {

    public static final String NURSE = "NURSE";
    /** Creates staff accounts; an administrator is a nurse too, so the first one can also do the nurse's work. */
    public static final String ADMIN = "ADMIN";
    /** Answers for the institution: downloads evidence packs (recorded as access in the consent log). */
    public static final String COMPLIANCE = "COMPLIANCE";

    /** Every role, in the order screens list them. */
    public static final java.util.List<String> ALL = java.util.List.of(NURSE, COMPLIANCE, ADMIN);

    private StaffRole() {
    }
}
