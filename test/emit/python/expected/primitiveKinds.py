from msgraph import GraphServiceClient
from msgraph.generated.models.thing import Thing
import base64
from datetime import datetime, date, time
from uuid import UUID

graph_client = GraphServiceClient(credentials, scopes)

request_body = Thing(
	when = datetime.fromisoformat("2019-11-05T08:00:00.0000000-08:00"),
	day = date.fromisoformat("2020-04-01"),
	at = time.fromisoformat("08:00:00"),
	timeout = "P1DT2H",
	key = UUID("45715bb8-13f9-4bf6-927f-ef96c102d394"),
	size = 9007199254740993,
	ratio = 0.5,
	amount = 12,
	limit = float("inf"),
	level = 7,
	blob = base64.urlsafe_b64decode("YWJj"),
	flag = True,
	nothing = None,
	bad_number = "one",
)

await graph_client.things.by_thing_id('thing-id').patch(request_body)
