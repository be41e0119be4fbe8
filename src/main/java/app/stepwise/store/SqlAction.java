package app.stepwise.store;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link SqlWork} without a result, for {@link Database#update(SqlAction)}. */
@FunctionalInterface
public interface SqlAction {
    void run(Connection c) throws SQLException;
}
