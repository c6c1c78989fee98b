package vn.vbsp.portal.user.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Counts a failed login; the one that reaches the limit locks the account until {@code lockUntil}. */
    @Modifying
    @Query(value = """
            update app_user
               set failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end,
                   locked_until  = case when failed_logins + 1 >= :limit then :lockUntil else locked_until end
             where username = :username
            """, nativeQuery = true)
    int countFailedLogin(@Param("username") String username, @Param("limit") int limit, @Param("lockUntil") Instant lockUntil);

    @Modifying
    @Query(value = "update app_user set failed_logins = 0 where username = :username and failed_logins > 0", nativeQuery = true)
    int clearFailedLogins(@Param("username") String username);
}
