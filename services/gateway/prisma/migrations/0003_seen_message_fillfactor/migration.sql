-- Each claim is marked published once, just after it is written: room left on its page lets that update
-- stay on the page without new index entries (a HOT update).
ALTER TABLE "seen_message" SET (fillfactor = 80);
