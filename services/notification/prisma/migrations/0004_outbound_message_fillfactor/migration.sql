-- Each outbound message is updated two or three times soon after it is written (send result, statuses).
-- Room left on its page lets those updates stay on the page without new index entries (HOT updates).
ALTER TABLE "outbound_message" SET (fillfactor = 70);
