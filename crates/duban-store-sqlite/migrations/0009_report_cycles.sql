-- A plan's reporting cycle (报送周期): how often its departments report
-- and on which day of the month after each period the report is due, or,
-- ad hoc, the called due dates (comma-separated YYYY-MM-DD). One per plan,
-- for all its versions; changed by the office, who is recorded.
CREATE TABLE report_cycles (
    plan_id INTEGER PRIMARY KEY REFERENCES plans(id),
    cadence TEXT NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'half_yearly', 'yearly', 'ad_hoc')),
    day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 28),
    starts TEXT NOT NULL,
    calls TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at INTEGER NOT NULL
);
