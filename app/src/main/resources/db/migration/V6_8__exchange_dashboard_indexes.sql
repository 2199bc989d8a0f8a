-- The dashboard and the navigation badges poll these counts; partial indexes keep each a short scan however
-- long the log grows: unread incoming messages per agency, open requests by deadline, and per partner node the
-- latest message received from it and receipt it signed.
create index exchange_message_unread on exchange_message (recipient_agency) where direction = 'IN' and read_at is null;
create index exchange_message_open_requests on exchange_message (recipient_agency, reply_by)
    where direction = 'IN' and kind = 'REQUEST' and answered_at is null;
create index exchange_message_from_partner on exchange_message (sender_node, created_at) where direction = 'IN';
create index exchange_message_to_partner on exchange_message (recipient_node, delivered_at) where direction = 'OUT';
