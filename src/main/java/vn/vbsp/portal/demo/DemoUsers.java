package vn.vbsp.portal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The demo logins of CONTRACT §2, all with the password {@code demo}; an existing username is left alone. */
final class DemoUsers {

    static final String PASSWORD = "demo";

    record DemoUser(String username, String role, String association, String fullName) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "ADMIN", null, "Lê Minh Quân"),
            new DemoUser("canbo", "STAFF", null, "Nguyễn Thị Thu Hà"),
            new DemoUser("giamdoc", "DIRECTOR", null, "Phan Đình Trọng"),
            new DemoUser("hoinongdan", "ASSOCIATION", "HND", "Hồ Văn Lực"),
            new DemoUser("hoiphunu", "ASSOCIATION", "HPN", "Đặng Thị Mai"),
            new DemoUser("bandaidien", "BOARD", null, "Nguyễn Xuân Sơn"));

    private DemoUsers() {
    }

    /** Inserts the users that do not exist yet; answers how many were inserted. */
    static int insert(Connection connection, Catalogue catalogue, String passwordHash) throws SQLException {
        int inserted = 0;
        try (PreparedStatement st = connection.prepareStatement("""
                insert into app_user (username, password_hash, full_name, role, association_id)
                values (?, ?, ?, ?, ?)
                on conflict (username) do nothing""")) {
            for (DemoUser user : USERS) {
                st.setString(1, user.username());
                st.setString(2, passwordHash);
                st.setString(3, user.fullName());
                st.setString(4, user.role());
                if (user.association() == null) {
                    st.setNull(5, Types.SMALLINT);
                } else {
                    st.setShort(5, catalogue.association(user.association()));
                }
                inserted += st.executeUpdate();
            }
        }
        return inserted;
    }
}
