from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

graph_client = GraphServiceClient(credentials, scopes)

request_configuration = RequestConfiguration()
request_configuration.headers.add("Prefer", "outlook.timezone=\"Pacific Standard Time\"")

result = await graph_client.me.events.by_event_id('event-id').get(request_configuration = request_configuration)
