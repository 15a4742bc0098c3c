from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

graph_client = GraphServiceClient(credentials, scopes)

request_configuration = RequestConfiguration()
request_configuration.headers.add("ConsistencyLevel", "eventual")

result = await graph_client.me.with_url("https://graph.microsoft.com/v1.0/me?$select=id,displayName&$count=true").get(request_configuration = request_configuration)
