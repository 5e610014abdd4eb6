-- Written by hand: finer statistics on the columns user.all's search matches (1,000 histogram
-- buckets instead of 100). PostgreSQL estimates how many users a substring matches by trying it on
-- a sample of each column. With 100 buckets, a rare term that happens to match one of them is taken
-- for a common one (1 % of the users), and the planner then walks the whole organization instead of
-- reading the few matching users from the trigram index: 0.7 ms became 20 ms at 100,000 members,
-- after about one ANALYZE in fifteen. Planning a search costs about 0.15 ms more.
ALTER TABLE "user"
  ALTER COLUMN "username" SET STATISTICS 1000,
  ALTER COLUMN "name" SET STATISTICS 1000,
  ALTER COLUMN "firstName" SET STATISTICS 1000,
  ALTER COLUMN "lastName" SET STATISTICS 1000,
  ALTER COLUMN "email" SET STATISTICS 1000;

ANALYZE "user" ("username", "name", "firstName", "lastName", "email");
