from msgraph import GraphServiceClient
from msgraph.generated.users.users_request_builder import UsersRequestBuilder
from kiota_abstractions.base_request_configuration import RequestConfiguration

graph_client = GraphServiceClient(credentials, scopes)

query_params = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(
		filter = "displayName eq 'a\"b\\c'\n",
		select = ["id","mail"],
		count = True,
		top = 7,
)

request_configuration = RequestConfiguration(
query_parameters = query_params,
)
request_configuration.headers.add("X-Quote\"Header", "value with \u202e and \"quotes\"")

result = await graph_client.users.get(request_configuration = request_configuration)
