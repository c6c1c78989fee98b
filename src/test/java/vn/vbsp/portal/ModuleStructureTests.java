package vn.vbsp.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** One package per capability: no module reaches into another's internals, and no cycles between them. */
class ModuleStructureTests {

    @Test
    void modulesKeepToTheirPublicFaces() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
