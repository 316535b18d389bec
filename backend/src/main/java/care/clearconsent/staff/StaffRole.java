package care.clearconsent.staff;

/** Roles staff sign in with; views name them in {@code @RolesAllowed}. */
public final class StaffRole {

    public static final String NURSE = "NURSE";
    /** Creates staff accounts; an administrator is a nurse too, so the first one can also do the nurse's work. */
    public static final String ADMIN = "ADMIN";

    private StaffRole() {
    }
}
