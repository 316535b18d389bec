package care.clearconsent;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every action a screen can take on a feature's service, found in the compiled code, with the roles that can reach it:
 * the roles of every page whose components (directly, or through the forms and panels it builds) call that method.
 * A page open to anyone counts as "anyone".
 */
final class StaffActions {

    /** Shared helpers are not a feature's actions. */
    private static final Set<String> NOT_FEATURES = Set.of("", "shared");

    private StaffActions() {
    }

    /** "Service.method" to the sorted roles (or "anyone") of the pages that can call it. */
    static Map<String, String> reachable() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("care.clearconsent");
        Map<String, Set<String>> byAction = new TreeMap<>();
        for (JavaClass caller : classes) {
            if (!caller.getPackageName().endsWith(".ui")) {
                continue;
            }
            Set<String> roles = rolesReaching(caller);
            for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                if (isFeatureService(target)) {
                    byAction.computeIfAbsent(target.getSimpleName() + "." + call.getName(), key -> new TreeSet<>()).addAll(roles);
                }
            }
        }
        Map<String, String> result = new TreeMap<>();
        byAction.forEach((action, roles) -> result.put(action, roles.contains("anyone") ? "anyone" : String.join(",", roles)));
        return result;
    }

    private static boolean isFeatureService(JavaClass target) {
        String pkg = target.getPackageName();
        String feature = pkg.startsWith("care.clearconsent.") ? pkg.substring("care.clearconsent.".length()) : "";
        // Any feature, also one added later: a public service at the top of a feature package.
        return !feature.contains(".") && !NOT_FEATURES.contains(feature) && target.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                && (target.isAnnotatedWith(org.springframework.stereotype.Service.class) || target.isAnnotatedWith(org.springframework.stereotype.Component.class));
    }

    /** The roles of every page that builds this class, directly or through other components. */
    private static Set<String> rolesReaching(JavaClass component) {
        Set<String> roles = new TreeSet<>();
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>(Set.of(component));
        while (!todo.isEmpty()) {
            JavaClass current = todo.pop();
            JavaClass outer = current.getEnclosingClass().orElse(current);
            if (!seen.add(outer)) {
                continue;
            }
            if (outer.isAnnotatedWith(Route.class)) {
                roles.addAll(rolesOf(outer.reflect()));
                continue;
            }
            outer.getAccessesToSelf().forEach(access -> todo.push(access.getOriginOwner()));
            outer.getConstructorCallsToSelf().forEach(access -> todo.push(access.getOriginOwner()));
            outer.getSubclasses().forEach(todo::push);
        }
        return roles;
    }

    private static Set<String> rolesOf(Class<?> page) {
        if (page.isAnnotationPresent(AnonymousAllowed.class)) {
            return Set.of("anyone");
        }
        RolesAllowed allowed = page.getAnnotation(RolesAllowed.class);
        return allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
    }
}
