from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

graph_client = GraphServiceClient(credentials, scopes)

request_configuration = RequestConfiguration()
request_configuration.headers.add("Prefer", "return=minimal")

result = await graph_client.users.post(None, request_configuration = request_configuration)
