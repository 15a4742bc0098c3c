from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

graph_client = GraphServiceClient(credentials, scopes)

request_configuration = RequestConfiguration()
request_configuration.headers.add("ConsistencyLevel", "eventual")

result = await graph_client.users.by_user_id('user-id').member_of.graph_group.count.get(request_configuration = request_configuration)
