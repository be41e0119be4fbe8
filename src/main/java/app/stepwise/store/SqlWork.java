package app.stepwise.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database connection; it must not change auto-commit or keep the connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
